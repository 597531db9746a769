// A generic trait: one type can implement Convert<T> for several T.
trait Convert<T> {
    fn convert(&self) -> T;
}

struct Celsius(f64);

impl Convert<f64> for Celsius {
    fn convert(&self) -> f64 {
        self.0 * 9.0 / 5.0 + 32.0
    }
}

impl Convert<String> for Celsius {
    fn convert(&self) -> String {
        format!("{:.1} degrees C", self.0)
    }
}

impl Convert<bool> for Celsius {
    fn convert(&self) -> bool {
        self.0 <= 0.0
    }
}

fn main() {
    let today = Celsius(21.5);
    let f: f64 = today.convert();
    let text: String = today.convert();
    let freezing: bool = today.convert();
    println!("{} = {}F, freezing: {}", text, f, freezing);

    let winter = Celsius(-4.0);
    println!("freezing in winter: {}", <Celsius as Convert<bool>>::convert(&winter));
}
