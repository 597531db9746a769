use std::fmt;

struct Temperature {
    celsius: f64,
}

struct Station {
    id: u32,
    name: String,
    readings: Vec<Temperature>,
}

impl fmt::Display for Temperature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}°C", self.celsius)
    }
}

impl fmt::Debug for Temperature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "T({})", self.celsius)
    }
}

impl fmt::Debug for Station {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Station")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("count", &self.readings.len())
            .finish()
    }
}

impl fmt::Display for Station {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Station #{} ({})", self.id, self.name)?;
        for (i, t) in self.readings.iter().enumerate() {
            writeln!(f, "  {}: {}", i + 1, t)?;
        }
        write!(f, "end")
    }
}

fn main() {
    let s = Station {
        id: 17,
        name: String::from("Harbour"),
        readings: vec![
            Temperature { celsius: 12.34 },
            Temperature { celsius: -0.5 },
            Temperature { celsius: 8.0 },
        ],
    };
    println!("{}", s);
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{:?}", s.readings);
}
