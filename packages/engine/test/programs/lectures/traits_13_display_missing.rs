// Exercise: print a temperature reading with {}.
#[derive(Debug)]
struct Reading {
    sensor: String,
    celsius: f64,
}

impl Reading {
    fn new(sensor: &str, celsius: f64) -> Self {
        Reading { sensor: sensor.to_string(), celsius }
    }

    fn is_hot(&self) -> bool {
        self.celsius > 30.0
    }
}

fn main() {
    let readings = vec![Reading::new("kitchen", 22.5), Reading::new("attic", 34.0)];
    for r in &readings {
        println!("reading: {}", r);
        if r.is_hot() {
            println!("  {} is hot!", r.sensor);
        }
    }
}
