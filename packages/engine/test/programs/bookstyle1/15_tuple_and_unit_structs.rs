// Tuple structs give names to tuples; unit structs carry no data.
struct Rgb(u8, u8, u8);
struct Meters(f64);
struct Feet(f64);

struct AlwaysEqual;

impl Rgb {
    fn brightness(&self) -> u32 {
        (self.0 as u32 + self.1 as u32 + self.2 as u32) / 3
    }
}

fn feet_to_meters(f: Feet) -> Meters {
    Meters(f.0 * 0.3048)
}

impl PartialEq for AlwaysEqual {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

fn main() {
    let orange = Rgb(255, 165, 0);
    println!("orange brightness: {}", orange.brightness());
    let Rgb(r, g, b) = orange;
    println!("r={r} g={g} b={b}");

    let height = feet_to_meters(Feet(10.0));
    println!("10 ft = {:.3} m", height.0);

    let a = AlwaysEqual;
    let b2 = AlwaysEqual;
    println!("unit structs equal: {}", a == b2);
}
