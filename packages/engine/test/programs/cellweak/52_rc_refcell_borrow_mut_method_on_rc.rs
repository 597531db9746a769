use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Default)]
struct Stats {
    games: u32,
    wins: u32,
}

impl Stats {
    fn record(&mut self, won: bool) {
        self.games += 1;
        if won {
            self.wins += 1;
        }
    }
}

fn main() {
    let stats = Rc::new(RefCell::new(Stats::default()));
    let home = Rc::clone(&stats);
    let away = Rc::clone(&stats);

    // Student mistake: calling a &mut self method on the Rc<RefCell<_>> directly
    home.record(true);
    away.borrow_mut().record(false);

    println!("{:?}", stats.borrow());
}
