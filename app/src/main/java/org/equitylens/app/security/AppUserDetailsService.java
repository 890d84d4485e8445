package org.equitylens.app.security;

import java.time.Instant;
import org.equitylens.app.user.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class AppUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    public AppUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email)
                .map(u -> new AppUserPrincipal(u.id(), u.email(), u.passwordHash(), u.active(),
                        u.lockedAt(Instant.now())))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
