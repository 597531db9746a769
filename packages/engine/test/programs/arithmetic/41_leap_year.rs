fn is_leap_year(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => panic!("invalid month {}", month),
    }
}

fn day_of_year(year: u32, month: u32, day: u32) -> u32 {
    (1..month).map(|m| days_in_month(year, m)).sum::<u32>() + day
}

fn main() {
    for y in [1900, 2000, 2023, 2024, 2100] {
        println!("{} leap: {}", y, is_leap_year(y));
    }
    println!("Feb 2024 has {} days", days_in_month(2024, 2));
    println!("2024-12-31 is day {}", day_of_year(2024, 12, 31));
    println!("2023-03-01 is day {}", day_of_year(2023, 3, 1));
    let leaps = (1901..=2000).filter(|&y| is_leap_year(y)).count();
    println!("leap years in the 20th century: {}", leaps);
}
