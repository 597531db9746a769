use std::fmt::Display;

#[derive(PartialEq, PartialOrd)]
struct Version {
    major: u32,
    minor: u32,
}

struct Pair<T> {
    x: T,
    y: T,
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

fn main() {
    let numbers = Pair { x: 1, y: 2 };
    numbers.cmp_display();

    let releases = Pair {
        x: Version { major: 1, minor: 70 },
        y: Version { major: 1, minor: 95 },
    };
    releases.cmp_display();
}
