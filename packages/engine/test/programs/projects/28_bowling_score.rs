// Ten-pin bowling scorer, with validation of each roll.
#[derive(Debug, PartialEq)]
enum BowlingError {
    TooManyPins { frame: usize, pins: u32 },
    GameComplete,
    GameNotFinished,
}

#[derive(Default)]
struct Game {
    rolls: Vec<u32>,
    frame: usize,         // 0-based current frame
    first_in_frame: Option<u32>,
    bonus_rolls: u32,     // extra rolls owed in the tenth frame
    done: bool,
}

impl Game {
    fn roll(&mut self, pins: u32) -> Result<(), BowlingError> {
        if self.done {
            return Err(BowlingError::GameComplete);
        }
        let standing = match self.first_in_frame {
            Some(first) if first < 10 => 10 - first,
            _ => 10,
        };
        if pins > standing {
            return Err(BowlingError::TooManyPins { frame: self.frame + 1, pins });
        }
        self.rolls.push(pins);

        if self.frame == 9 {
            // tenth frame: strike or spare earns bonus balls
            if self.bonus_rolls > 0 {
                self.bonus_rolls -= 1;
                let cleared = pins == 10 || self.first_in_frame.map_or(false, |f| f + pins == 10);
                self.first_in_frame = if cleared { None } else { Some(pins) };
                if self.bonus_rolls == 0 {
                    self.done = true;
                }
                return Ok(());
            }
            match self.first_in_frame {
                None if pins == 10 => { self.bonus_rolls = 2; }
                None => self.first_in_frame = Some(pins),
                Some(f) if f + pins == 10 => { self.bonus_rolls = 1; self.first_in_frame = None; }
                Some(_) => self.done = true,
            }
            return Ok(());
        }
        match self.first_in_frame {
            None if pins == 10 => self.frame += 1,
            None => self.first_in_frame = Some(pins),
            Some(_) => {
                self.first_in_frame = None;
                self.frame += 1;
            }
        }
        Ok(())
    }

    fn score(&self) -> Result<u32, BowlingError> {
        if !self.done {
            return Err(BowlingError::GameNotFinished);
        }
        let r = &self.rolls;
        let mut total = 0;
        let mut i = 0;
        for _ in 0..10 {
            if r[i] == 10 {
                total += 10 + r[i + 1] + r[i + 2];
                i += 1;
            } else if r[i] + r[i + 1] == 10 {
                total += 10 + r[i + 2];
                i += 2;
            } else {
                total += r[i] + r[i + 1];
                i += 2;
            }
        }
        Ok(total)
    }
}

fn play(name: &str, rolls: &[u32]) {
    let mut g = Game::default();
    for &p in rolls {
        if let Err(e) = g.roll(p) {
            println!("{}: roll {} rejected: {:?}", name, p, e);
        }
    }
    println!("{:<12} {:?}", name, g.score());
}

fn main() {
    play("gutter game", &[0; 20]);
    play("all ones", &[1; 20]);
    play("perfect", &[10; 12]);
    play("all spares", &[5; 21]);
    play("typical", &[10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]);
    play("too many", &[7, 5, 3]);
    play("unfinished", &[10, 10, 10]);
    play("extra roll", &[3; 21]);
}
