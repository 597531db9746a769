// Formatted print: deriving Debug, implementing Display by hand, and {:#?}.
use std::fmt;

#[derive(Debug)]
struct City {
    name: &'static str,
    lat: f32,
    lon: f32,
}

impl fmt::Display for City {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let lat_c = if self.lat >= 0.0 { 'N' } else { 'S' };
        let lon_c = if self.lon >= 0.0 { 'E' } else { 'W' };
        write!(f, "{}: {:.3}°{} {:.3}°{}", self.name, self.lat.abs(), lat_c, self.lon.abs(), lon_c)
    }
}

#[derive(Debug)]
struct Trip {
    from: City,
    to: City,
    stops: Vec<u8>,
}

fn main() {
    let dublin = City { name: "Dublin", lat: 53.347778, lon: -6.259722 };
    let oslo = City { name: "Oslo", lat: 59.95, lon: 10.75 };

    println!("{}", dublin);
    println!("{}", oslo);
    println!("{:?}", oslo);

    let trip = Trip { from: dublin, to: oslo, stops: vec![2, 7] };
    println!("{:#?}", trip);
    println!("{:?}", (1, "two", 3.0, 'c', true));
    println!("{:#?}", (5u8, [1, 2]));
    println!("{:?}", Some("text"));
}
