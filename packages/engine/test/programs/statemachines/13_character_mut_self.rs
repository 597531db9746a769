// A character updated in place through &mut self
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mood {
    Calm,
    Alert,
    Fighting,
    Fleeing,
}

struct Guard {
    name: String,
    hp: i32,
    mood: Mood,
}

impl Guard {
    fn hear_noise(&mut self) {
        if self.mood == Mood::Calm {
            self.mood = Mood::Alert;
        }
    }

    fn take_hit(&mut self, damage: i32) {
        self.hp -= damage;
        self.mood = match self.mood {
            _ if self.hp <= 10 => Mood::Fleeing,
            Mood::Calm | Mood::Alert => Mood::Fighting,
            m => m,
        };
    }

    fn rest(&mut self) {
        self.hp = (self.hp + 15).min(50);
        if matches!(self.mood, Mood::Alert | Mood::Fleeing) && self.hp > 30 {
            self.mood = Mood::Calm;
        }
    }

    fn report(&self) {
        println!("{:<6} hp={:>3} mood={:?}", self.name, self.hp, self.mood);
    }
}

fn main() {
    let mut g = Guard { name: String::from("Borin"), hp: 50, mood: Mood::Calm };
    g.report();
    g.hear_noise();
    g.report();
    g.take_hit(12);
    g.report();
    g.take_hit(30);
    g.report();
    g.rest();
    g.report();
    g.rest();
    g.report();
}
