// Quiz: the trait declares an associated function, the impl a method.
trait Defaults {
    fn make() -> Self;
}

#[derive(Debug)]
struct Settings {
    volume: u8,
    muted: bool,
}

impl Defaults for Settings {
    fn make(&self) -> Self {
        Settings { volume: 50, muted: false }
    }
}

fn main() {
    let s = Settings::make();
    println!("{:?}", s);
}
