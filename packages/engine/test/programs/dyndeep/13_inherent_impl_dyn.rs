// Methods defined directly on the trait object type.
trait Sensor {
    fn read(&self) -> i32;
    fn unit(&self) -> &'static str;
}

impl dyn Sensor {
    fn report(&self) -> String {
        format!("{}{}", self.read(), self.unit())
    }
}

struct Thermometer { celsius: i32 }
struct Barometer { hpa: i32 }

impl Sensor for Thermometer {
    fn read(&self) -> i32 { self.celsius }
    fn unit(&self) -> &'static str { "C" }
}

impl Sensor for Barometer {
    fn read(&self) -> i32 { self.hpa }
    fn unit(&self) -> &'static str { "hPa" }
}

fn main() {
    let sensors: Vec<Box<dyn Sensor>> = vec![
        Box::new(Thermometer { celsius: 21 }),
        Box::new(Barometer { hpa: 1013 }),
    ];
    for s in &sensors {
        println!("reading: {}", s.report());
    }
}
