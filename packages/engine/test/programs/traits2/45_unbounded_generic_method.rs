// A generic function that forgets to state the bound it relies on.
trait Scored {
    fn score(&self) -> u32;
}

struct Essay {
    words: u32,
}

impl Scored for Essay {
    fn score(&self) -> u32 {
        self.words / 100
    }
}

fn best<T>(items: &[T]) -> u32 {
    let mut top = 0;
    for it in items {
        if it.score() > top {
            top = it.score();
        }
    }
    top
}

fn main() {
    let essays = [Essay { words: 850 }, Essay { words: 1200 }];
    println!("best score {}", best(&essays));
}
