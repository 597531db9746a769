// A player whose state is advanced by value, but only through &mut self
#[derive(Debug)]
enum Stance {
    Standing,
    Crouching { since: u32 },
    Holding(String),
}

impl Stance {
    fn next(self) -> Stance {
        match self {
            Stance::Standing => Stance::Crouching { since: 0 },
            Stance::Crouching { .. } => Stance::Holding(String::from("shield")),
            Stance::Holding(_) => Stance::Standing,
        }
    }
}

struct Player {
    name: String,
    stance: Stance,
}

impl Player {
    fn toggle(&mut self) {
        self.stance = self.stance.next();
    }
}

fn main() {
    let mut p = Player { name: String::from("Ivy"), stance: Stance::Standing };
    for _ in 0..3 {
        p.toggle();
        println!("{}: {:?}", p.name, p.stance);
    }
}
