// Comparing two clocks with == without deriving PartialEq.
use std::fmt;

#[derive(Debug)]
struct Clock {
    minutes: i32,
}

impl Clock {
    fn new(hours: i32, minutes: i32) -> Clock {
        Clock { minutes: (hours * 60 + minutes).rem_euclid(1440) }
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

fn main() {
    let a = Clock::new(10, 37);
    let b = Clock::new(34, 37);
    println!("{} and {}", a, b);
    if a == b {
        println!("same time");
    }
}
