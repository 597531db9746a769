// A washing machine program: each stage counts down its own minutes
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Stage {
    Fill { minutes: u8 },
    Wash { minutes: u8, temp: u8 },
    Rinse { minutes: u8 },
    Spin { minutes: u8, rpm: u16 },
    Done,
}

impl Stage {
    fn tick(self) -> Stage {
        match self {
            Stage::Fill { minutes: 0 } => Stage::Wash { minutes: 3, temp: 40 },
            Stage::Fill { minutes } => Stage::Fill { minutes: minutes - 1 },
            Stage::Wash { minutes: 0, .. } => Stage::Rinse { minutes: 1 },
            Stage::Wash { minutes, temp } => Stage::Wash { minutes: minutes - 1, temp },
            Stage::Rinse { minutes: 0 } => Stage::Spin { minutes: 2, rpm: 1200 },
            Stage::Rinse { minutes } => Stage::Rinse { minutes: minutes - 1 },
            Stage::Spin { minutes: 0, .. } => Stage::Done,
            Stage::Spin { minutes, rpm } => Stage::Spin { minutes: minutes - 1, rpm },
            Stage::Done => Stage::Done,
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match *self {
            Stage::Fill { minutes } => write!(f, "filling ({} min left)", minutes),
            Stage::Wash { minutes, temp } => write!(f, "washing at {}C ({} min left)", temp, minutes),
            Stage::Rinse { minutes } => write!(f, "rinsing ({} min left)", minutes),
            Stage::Spin { minutes, rpm } => write!(f, "spinning {} rpm ({} min left)", rpm, minutes),
            Stage::Done => write!(f, "done"),
        }
    }
}

fn main() {
    let mut stage = Stage::Fill { minutes: 1 };
    let mut minute = 0;
    while stage != Stage::Done {
        println!("{:>2}: {}", minute, stage);
        stage = stage.tick();
        minute += 1;
    }
    println!("{:>2}: {}", minute, stage);
}
