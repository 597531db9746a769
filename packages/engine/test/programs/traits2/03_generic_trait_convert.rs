// A generic trait: one type can convert into several targets.
trait Convert<T> {
    fn convert(&self) -> T;
}

struct Celsius(f64);
struct Fahrenheit(f64);
struct Kelvin(f64);

impl Convert<Fahrenheit> for Celsius {
    fn convert(&self) -> Fahrenheit {
        Fahrenheit(self.0 * 9.0 / 5.0 + 32.0)
    }
}

impl Convert<Kelvin> for Celsius {
    fn convert(&self) -> Kelvin {
        Kelvin(self.0 + 273.15)
    }
}

fn main() {
    let boiling = Celsius(100.0);
    // The annotation picks which impl is used.
    let f: Fahrenheit = boiling.convert();
    let k: Kelvin = boiling.convert();
    println!("{:.1} C = {:.1} F", boiling.0, f.0);
    println!("{:.1} C = {:.2} K", boiling.0, k.0);
    let k2 = <Celsius as Convert<Kelvin>>::convert(&Celsius(-273.15));
    println!("absolute zero = {:.2} K", k2.0);
}
