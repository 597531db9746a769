trait Counter {
    fn bump(&mut self);
    fn get(&self) -> u32;
}

struct Clicks(u32);

impl Counter for Clicks {
    fn bump(&mut self) { self.0 += 1; }
    fn get(&self) -> u32 { self.0 }
}

fn press(c: &dyn Counter) {
    c.bump();
}

fn main() {
    let mut c = Clicks(0);
    press(&mut c);
    println!("{}", c.get());
}
