#!/usr/bin/env python3
"""Derives the engine's bundled reference tables (engine/src/main/resources/refdata) from the
project's shared reference data folder. Run by hand when the reference data changes:

    python3 engine/src/build/prepare-refdata.py ../shared/refdata engine/src/main/resources/refdata

Nothing reads the shared folder at run time; the engine reads only the files this writes.
"""
import csv, sys, shutil
from collections import defaultdict
from pathlib import Path

src, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)

def rows(rel):
    with open(src / rel, newline='', encoding='utf-8') as f:
        yield from csv.DictReader(f)

def write(name, header, data):
    with open(out / name, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(data)

write('imd2019_lsoa11.csv', ['lsoa11_code', 'imd_rank', 'imd_decile'],
      [(r['lsoa11_code'], r['imd_rank'], r['imd_decile']) for r in rows('deprivation/imd2019_lsoa11_england.csv')])
write('imd2025_lsoa21.csv', ['lsoa21_code', 'imd_score', 'imd_rank', 'imd_decile'],
      [(r['lsoa21_code'], r['imd_score'], r['imd_rank'], r['imd_decile']) for r in rows('deprivation/imd2025_lsoa21_england.csv')])

england21 = {r['lsoa21_code'] for r in rows('deprivation/imd2025_lsoa21_england.csv')}
ltla = {r['lsoa21_code']: r['ltla24_code'] for r in rows('geography/lsoa21_ward24_ltla24_lookup.csv')}
areas = {}
lsoa_areas = []
for r in rows('geography/lsoa21_sicbl24_icb24_lookup.csv'):
    code = r['lsoa21_code']
    if code in england21:
        lsoa_areas.append((code, ltla[code], r['icb24_code']))
        areas[('ICB', r['icb24_code'])] = (r['icb24_code_nhs'], r['icb24_name'])
for r in rows('geography/ltla24_region24_lookup.csv'):
    areas[('LA', r['ltla24_code'])] = ('', r['ltla24_name'])
write('lsoa21_areas.csv', ['lsoa21_code', 'ltla24_code', 'icb24_code'], sorted(lsoa_areas))
write('areas.csv', ['area_type', 'area_code', 'area_code_nhs', 'area_name'],
      sorted((t, c, n[0], n[1]) for (t, c), n in areas.items()))

GROUP = {'Asian': 'ASIAN', 'Black': 'BLACK', 'Mixed': 'MIXED', 'White': 'WHITE', 'Other': 'OTHER'}
def group(label):
    return next(v for k, v in GROUP.items() if label.startswith(k))

broad = defaultdict(dict)
for r in rows('census2021/ts021_ethnic_group_lsoa21_broad.csv'):
    if r['lsoa21_code'] in england21:
        broad[r['lsoa21_code']][group(r['ethnic_group_high_level'])] = r['count']
write('ethnicity_lsoa21_broad.csv', ['lsoa21_code', 'asian', 'black', 'mixed', 'white', 'other'],
      [(c, *(g[k] for k in ('ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER'))) for c, g in sorted(broad.items())])

population = defaultdict(int)
for r in rows('census2021/ts021_ethnic_group_icb24_detailed_estimated.csv'):
    population[('ICB', r['icb24_code'], r['nhs_ethnic_category_code'], group(r['ethnic_group_high_level']))] += int(r['count'])
for r in rows('census2021/ts021_ethnic_group_ltla21_detailed.csv'):
    if r['country_prefix'] == 'E':
        population[('LA', r['ltla21_code'], r['nhs_ethnic_category_code'], group(r['ethnic_group_high_level']))] += int(r['count'])
for r in rows('census2021/ts021_ethnic_group_england_detailed.csv'):
    population[('COUNTRY', r['country_code'], r['nhs_ethnic_category_code'], group(r['ethnic_group_high_level']))] += int(r['count'])
write('population_ethnicity_census2021.csv', ['area_type', 'area_code', 'ethnic_category', 'ethnic_group_census', 'population'],
      sorted((*k, v) for k, v in population.items()))

ages = []
for r in rows('census2021/ts007a_age_5yr_icb24.csv'):
    ages.append(('ICB', r['icb24_code'], r['age_from'], r['count']))
for r in rows('census2021/ts007a_age_5yr_bands.csv'):
    if r['geography_type'] == 'ltla':
        ages.append(('LA', r['geography_code'], r['age_from'], r['count']))
write('age_5yr_census2021.csv', ['area_type', 'area_code', 'age_from', 'population'], sorted(ages, key=lambda a: (a[0], a[1], int(a[2]))))

for name in ('standard_population/esp2013_19_bands.csv', 'nhs_codes/nhs_ethnic_category.csv',
             'nhs_codes/census2021_ethnic_group_to_nhs_ethnic_category.csv',
             'published_stats/mha_detentions_by_ethnicity.csv'):
    shutil.copyfile(src / name, out / Path(name).name)
