#[derive(Clone, Copy, Debug)]
enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

fn is_weekend(d: Day) -> bool {
    match d {
        Day::Sat | Day::Sun => true,
        Day::Mon | Day::Tue | Day::Wed | Day::Thu | Day::Fri => false,
    }
}

fn days_in_month(month: u32, leap: bool) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => panic!("bad month {}", month),
    }
}

fn main() {
    let week = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun];
    for d in week {
        println!("{:?}: weekend = {}", d, is_weekend(d));
    }
    let total: u32 = (1..=12).map(|m| days_in_month(m, false)).sum();
    println!("days in 2023: {}", total);
    println!("feb 2024: {}", days_in_month(2, true));
}
