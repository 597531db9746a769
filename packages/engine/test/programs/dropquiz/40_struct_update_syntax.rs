// Struct update syntax moves the remaining fields from the base.
struct Field(&'static str);

impl Drop for Field {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Settings {
    theme: Field,
    font: Field,
    size: u32,
}

fn main() {
    let base = Settings { theme: Field("dark"), font: Field("mono"), size: 12 };
    let custom = Settings { theme: Field("light"), ..base };
    println!("custom: {} {} {}", custom.theme.0, custom.font.0, custom.size);
    println!("base.theme still here: {}", base.theme.0);
    println!("end of main");
}
