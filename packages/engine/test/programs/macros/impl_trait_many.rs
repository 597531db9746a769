// One macro call implements a trait for several types.
trait Describe {
    fn describe(&self) -> String;
}

macro_rules! impl_describe {
    ($($t:ty),*) => {
        $(
            impl Describe for $t {
                fn describe(&self) -> String {
                    format!("value {}", self)
                }
            }
        )*
    };
}

impl_describe!(i32, u8, f64, String);

fn main() {
    println!("{}", 5i32.describe());
    println!("{}", 200u8.describe());
    println!("{}", 2.5f64.describe());
    println!("{}", String::from("hi").describe());
}
