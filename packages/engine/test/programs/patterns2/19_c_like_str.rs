#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    fn name(&self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }

    fn short(&self) -> &'static str {
        &self.name()[..3]
    }

    fn is_weekend(&self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }

    fn next(self) -> Weekday {
        Weekday::ALL[(self as usize + 1) % 7]
    }
}

fn main() {
    for d in Weekday::ALL {
        let kind = if d.is_weekend() { "weekend" } else { "workday" };
        println!("{:<9} {} {} -> next {}", d.name(), d.short(), kind, d.next().name());
    }
    let mut d = Weekday::Friday;
    for _ in 0..10 {
        d = d.next();
    }
    println!("10 days after Friday: {}", d.name());
}
