// Quiz: a typo in a type name.
struct Temperature {
    celsius: f64,
}

impl Temperature {
    fn to_fahrenheit(&self) -> f64 {
        self.celsius * 9.0 / 5.0 + 32.0
    }
}

// The type is spelled differently here.
fn hottest(readings: &[Temprature]) -> f64 {
    let mut best = f64::MIN;
    for r in readings {
        if r.celsius > best {
            best = r.celsius;
        }
    }
    best
}

fn main() {
    let days = vec![Temperature { celsius: 21.5 }, Temperature { celsius: 25.0 }];
    println!("{}", hottest(&days));
    println!("{}", days[0].to_fahrenheit());
}
