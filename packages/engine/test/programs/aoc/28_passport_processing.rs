use std::collections::HashMap;

const BATCH: &str = "ecl:gry pid:860033327 eyr:2020 hcl:#fffffd
byr:1937 iyr:2017 cid:147 hgt:183cm

iyr:2013 ecl:amb cid:350 eyr:2023 pid:028048884
hcl:#cfa07d byr:1929

hcl:#ae17e1 iyr:2013
eyr:2024
ecl:brn pid:760753108 byr:1931
hgt:179cm

hcl:#cfa07d eyr:2025 pid:166559648
iyr:2011 ecl:brn hgt:59in

pid:087499704 hgt:74in ecl:grn iyr:2012 eyr:2030 byr:1980
hcl:#623a2f";

const REQUIRED: [&str; 7] = ["byr", "iyr", "eyr", "hgt", "hcl", "ecl", "pid"];

fn year_in(v: &str, lo: u32, hi: u32) -> bool {
    v.len() == 4 && v.parse::<u32>().map_or(false, |y| y >= lo && y <= hi)
}

fn field_valid(key: &str, v: &str) -> bool {
    match key {
        "byr" => year_in(v, 1920, 2002),
        "iyr" => year_in(v, 2010, 2020),
        "eyr" => year_in(v, 2020, 2030),
        "hgt" => {
            if let Some(cm) = v.strip_suffix("cm") {
                matches!(cm.parse::<u32>(), Ok(150..=193))
            } else if let Some(inch) = v.strip_suffix("in") {
                matches!(inch.parse::<u32>(), Ok(59..=76))
            } else {
                false
            }
        }
        "hcl" => v.len() == 7 && v.starts_with('#') && v[1..].chars().all(|c| c.is_ascii_hexdigit()),
        "ecl" => ["amb", "blu", "brn", "gry", "grn", "hzl", "oth"].contains(&v),
        "pid" => v.len() == 9 && v.chars().all(|c| c.is_ascii_digit()),
        _ => true,
    }
}

fn main() {
    let passports: Vec<HashMap<&str, &str>> = BATCH
        .split("\n\n")
        .map(|block| block.split_whitespace().filter_map(|kv| kv.split_once(':')).collect())
        .collect();

    let complete: Vec<&HashMap<&str, &str>> = passports
        .iter()
        .filter(|p| REQUIRED.iter().all(|k| p.contains_key(k)))
        .collect();
    println!("Part 1: {}", complete.len());

    let valid = complete
        .iter()
        .filter(|p| REQUIRED.iter().all(|k| field_valid(k, p[k])))
        .count();
    println!("Part 2: {}", valid);
}
