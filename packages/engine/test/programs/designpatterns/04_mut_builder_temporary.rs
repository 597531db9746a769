// Mistake: a &mut Self builder chain started from a temporary,
// then the returned reference is kept after the temporary is gone.
#[derive(Default, Debug)]
struct Config {
    verbose: bool,
    level: u8,
}

impl Config {
    fn verbose(&mut self, v: bool) -> &mut Self {
        self.verbose = v;
        self
    }
    fn level(&mut self, l: u8) -> &mut Self {
        self.level = l;
        self
    }
}

fn main() {
    let cfg = Config::default().verbose(true).level(3);
    println!("{:?}", cfg);
}
