// Clock without dates: minutes wrap around a day, Display prints HH:MM.
use std::fmt;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub struct Clock {
    minutes: i32,
}

const DAY: i32 = 24 * 60;

impl Clock {
    pub fn new(hours: i32, minutes: i32) -> Self {
        Clock { minutes: (hours * 60 + minutes).rem_euclid(DAY) }
    }

    pub fn add_minutes(&self, minutes: i32) -> Self {
        Clock::new(0, self.minutes + minutes)
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

fn main() {
    println!("{}", Clock::new(8, 0));
    println!("{}", Clock::new(25, 0));
    println!("{}", Clock::new(1, -160));
    println!("{}", Clock::new(-25, -160));
    println!("{}", Clock::new(10, 3).add_minutes(3));
    println!("{}", Clock::new(23, 59).add_minutes(2));
    println!("{}", Clock::new(0, 30).add_minutes(-60));
    println!("{}", Clock::new(15, 37) == Clock::new(-9, 37 + 1440));
    println!("{:?}", Clock::new(2, 20));
}
