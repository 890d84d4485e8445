package org.equitylens.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The EquityLens web app: organisations, datasets, measures, projects and assurance. */
@SpringBootApplication
public class EquityLensApplication {

    public static void main(String[] args) {
        SpringApplication.run(EquityLensApplication.class, args);
    }
}
