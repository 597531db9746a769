// Methods that hand out iterators borrowing from self.
struct Gradebook {
    scores: Vec<u32>,
}

impl Gradebook {
    fn passing(&self) -> impl Iterator<Item = &u32> + '_ {
        self.scores.iter().filter(|s| **s >= 50)
    }

    fn curved(&self, bonus: u32) -> impl Iterator<Item = u32> + '_ {
        self.scores.iter().map(move |s| (s + bonus).min(100))
    }
}

fn main() {
    let book = Gradebook { scores: vec![42, 77, 50, 91, 38, 66] };
    let passing: Vec<&u32> = book.passing().collect();
    println!("passing: {:?}", passing);
    println!("passing count: {}", book.passing().count());
    let curved: Vec<u32> = book.curved(10).collect();
    println!("curved: {:?}", curved);
    let best = book.curved(15).max();
    println!("best curved: {:?}", best);
}
