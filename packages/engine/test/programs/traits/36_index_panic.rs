// Custom Index that panics on a bad key (exits with 101)
use std::ops::Index;

struct Week {
    hours: [u32; 7],
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl Index<&str> for Week {
    type Output = u32;
    fn index(&self, day: &str) -> &u32 {
        match DAYS.iter().position(|d| *d == day) {
            Some(i) => &self.hours[i],
            None => panic!("unknown day: {}", day),
        }
    }
}

fn main() {
    let w = Week { hours: [8, 7, 9, 8, 6, 0, 0] };
    println!("monday: {}", w["mon"]);
    println!("friday: {}", w["fri"]);
    let weekend = w["sat"] + w["sun"];
    println!("weekend: {}", weekend);
    let total: u32 = DAYS.iter().map(|d| w[d]).sum();
    println!("total: {}", total);
    println!("holiday: {}", w["holiday"]);
    println!("not reached");
}
