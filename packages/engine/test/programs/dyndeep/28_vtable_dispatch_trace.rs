trait Instrument {
    fn play(&self) -> String;
    fn tune(&mut self);
}

struct Guitar { pitch: i32 }
struct Drum;

impl Instrument for Guitar {
    fn play(&self) -> String { format!("strum at {}", self.pitch) }
    fn tune(&mut self) { self.pitch += 1; }
}

impl Instrument for Drum {
    fn play(&self) -> String { String::from("boom") }
    fn tune(&mut self) {}
}

fn tune_all(band: &mut Vec<Box<dyn Instrument>>) {
    for i in band.iter_mut() {
        i.tune();
    }
}

fn main() {
    let mut band: Vec<Box<dyn Instrument>> = Vec::new();
    band.push(Box::new(Guitar { pitch: 440 }));
    band.push(Box::new(Drum));
    tune_all(&mut band);
    tune_all(&mut band);
    let sounds: Vec<String> = band.iter().map(|i| i.play()).collect();
    println!("{}", sounds.join(", "));
    let g: &mut dyn Instrument = band[0].as_mut();
    g.tune();
    println!("{}", g.play());
}
