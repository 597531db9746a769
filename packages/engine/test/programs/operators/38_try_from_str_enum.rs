use std::convert::TryFrom;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
}

#[derive(Debug)]
struct UnknownDay(String);

impl fmt::Display for UnknownDay {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "'{}' is not a weekday", self.0)
    }
}

impl TryFrom<&str> for Weekday {
    type Error = UnknownDay;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        match s.to_ascii_lowercase().as_str() {
            "mon" | "monday" => Ok(Weekday::Mon),
            "tue" | "tuesday" => Ok(Weekday::Tue),
            "wed" | "wednesday" => Ok(Weekday::Wed),
            "thu" | "thursday" => Ok(Weekday::Thu),
            "fri" | "friday" => Ok(Weekday::Fri),
            _ => Err(UnknownDay(s.to_string())),
        }
    }
}

impl TryFrom<u8> for Weekday {
    type Error = UnknownDay;

    fn try_from(n: u8) -> Result<Self, Self::Error> {
        let all = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
        all.get(n as usize).copied().ok_or(UnknownDay(n.to_string()))
    }
}

fn main() {
    for word in ["Monday", "fri", "Sunday", "WED"] {
        match Weekday::try_from(word) {
            Ok(d) => println!("{:<7} -> {:?}", word, d),
            Err(e) => println!("{:<7} -> {}", word, e),
        }
    }

    let third: Result<Weekday, _> = 2u8.try_into();
    println!("index 2: {:?}", third.map_err(|e| e.to_string()));
    let eighth = Weekday::try_from(7u8);
    println!("index 7: {}", eighth.unwrap_err());
}
