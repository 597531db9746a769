use std::fmt::Display;

trait Serializer {
    fn name(&self) -> String;
    fn write_value<T: Display>(&self, value: T) -> String;
}

struct Json;
struct Csv;

impl Serializer for Json {
    fn name(&self) -> String { "json".to_string() }
    fn write_value<T: Display>(&self, value: T) -> String {
        format!("{{\"value\": \"{}\"}}", value)
    }
}

impl Serializer for Csv {
    fn name(&self) -> String { "csv".to_string() }
    fn write_value<T: Display>(&self, value: T) -> String {
        format!("{},", value)
    }
}

fn main() {
    let outputs: Vec<Box<dyn Serializer>> = vec![Box::new(Json), Box::new(Csv)];
    for out in &outputs {
        println!("{}: {}", out.name(), out.write_value(42));
    }
}
