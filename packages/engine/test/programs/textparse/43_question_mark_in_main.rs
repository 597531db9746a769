// Reading a temperature setting and converting it.
fn main() {
    let setting = "celsius=21.5";
    let (_, value) = setting.split_once('=').unwrap();
    let celsius: f64 = value.parse()?;
    let fahrenheit = celsius * 9.0 / 5.0 + 32.0;
    println!("{} C = {} F", celsius, fahrenheit);
}
