use std::ops::{Add, Sub};

// A point in time and a span of time are different types:
// Timestamp + Seconds = Timestamp, Timestamp - Timestamp = Seconds.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Timestamp(u64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Seconds(u64);

impl Add<Seconds> for Timestamp {
    type Output = Timestamp;
    fn add(self, d: Seconds) -> Timestamp {
        Timestamp(self.0 + d.0)
    }
}

impl Sub for Timestamp {
    type Output = Seconds;
    fn sub(self, earlier: Timestamp) -> Seconds {
        Seconds(self.0 - earlier.0)
    }
}

impl Add for Seconds {
    type Output = Seconds;
    fn add(self, o: Seconds) -> Seconds {
        Seconds(self.0 + o.0)
    }
}

fn hms(s: Seconds) -> String {
    format!("{:02}:{:02}:{:02}", s.0 / 3600, (s.0 / 60) % 60, s.0 % 60)
}

fn main() {
    let start = Timestamp(1_000);
    let lap1 = start + Seconds(95);
    let lap2 = lap1 + Seconds(102);
    let finish = lap2 + Seconds(3_700);

    println!("lap 1 took {}", hms(lap1 - start));
    println!("lap 2 took {}", hms(lap2 - lap1));
    println!("total {}", hms(finish - start));

    let pause = Seconds(30) + Seconds(45);
    println!("pauses: {:?}", pause);
    println!("finish after lap2? {}", finish > lap2);
}
