// Student mistake: printing a Vec<Box<dyn Trait>> with {:?} when the trait has no Debug (E0277)
trait Instrument {
    fn play(&self) -> String;
}

#[derive(Debug)]
struct Drum;

#[derive(Debug)]
struct Flute {
    key: char,
}

impl Instrument for Drum {
    fn play(&self) -> String {
        "boom".to_string()
    }
}

impl Instrument for Flute {
    fn play(&self) -> String {
        format!("toot in {}", self.key)
    }
}

fn main() {
    let band: Vec<Box<dyn Instrument>> = vec![Box::new(Drum), Box::new(Flute { key: 'G' })];
    for i in &band {
        println!("{}", i.play());
    }
    println!("band = {:?}", band);
}
