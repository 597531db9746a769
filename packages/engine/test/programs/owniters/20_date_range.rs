// Days encoded as YYYYMMDD numbers; the iterator walks a range of them.
struct DayRange {
    current: u32,
    last: u32,
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn next_day(d: u32) -> u32 {
    let (y, m, day) = (d / 10000, d / 100 % 100, d % 100);
    if day < days_in_month(y, m) {
        d + 1
    } else if m < 12 {
        y * 10000 + (m + 1) * 100 + 1
    } else {
        (y + 1) * 10000 + 101
    }
}

impl Iterator for DayRange {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.current > self.last {
            return None;
        }
        let d = self.current;
        self.current = next_day(d);
        Some(d)
    }
}

fn main() {
    let range = DayRange { current: 20240226, last: 20240302 };
    for d in range {
        println!("{}", d);
    }
    let new_year = DayRange { current: 20231230, last: 20240102 };
    println!("count: {}", new_year.count());
}
