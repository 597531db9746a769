mod calendar {
    #[derive(Debug)]
    pub struct Date {
        year: i32,
        month: u8,
        day: u8,
    }

    fn days_in_month(year: i32, month: u8) -> u8 {
        match month {
            4 | 6 | 9 | 11 => 30,
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            _ => 31,
        }
    }

    impl Date {
        pub fn new(year: i32, month: u8, day: u8) -> Result<Date, String> {
            if !(1..=12).contains(&month) {
                return Err(format!("bad month {}", month));
            }
            if day == 0 || day > days_in_month(year, month) {
                return Err(format!("bad day {} for {}-{:02}", day, year, month));
            }
            Ok(Date { year, month, day })
        }

        pub fn year(&self) -> i32 {
            self.year
        }
        pub fn month(&self) -> u8 {
            self.month
        }
        pub fn day(&self) -> u8 {
            self.day
        }

        pub fn set_day(&mut self, day: u8) -> bool {
            if day >= 1 && day <= days_in_month(self.year, self.month) {
                self.day = day;
                true
            } else {
                false
            }
        }

        pub fn next_day(&self) -> Date {
            if self.day < days_in_month(self.year, self.month) {
                Date { day: self.day + 1, ..*self }
            } else if self.month < 12 {
                Date { year: self.year, month: self.month + 1, day: 1 }
            } else {
                Date { year: self.year + 1, month: 1, day: 1 }
            }
        }
    }
}

use calendar::Date;

fn main() {
    for (y, m, d) in [(2024, 2, 29), (2023, 2, 29), (2024, 13, 1), (2023, 12, 31)] {
        match Date::new(y, m, d) {
            Ok(date) => {
                let n = date.next_day();
                println!("{}-{:02}-{:02} -> {}-{:02}-{:02}", date.year(), date.month(), date.day(), n.year(), n.month(), n.day());
            }
            Err(e) => println!("error: {}", e),
        }
    }
    let mut d = Date::new(2024, 4, 10).unwrap();
    println!("set 31: {}, set 30: {}", d.set_day(31), d.set_day(30));
    println!("{:?}", d);
}
