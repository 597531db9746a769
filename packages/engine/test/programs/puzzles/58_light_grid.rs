// 2015 day 6: Probably a Fire Hazard (10x10 grid)
enum Action {
    On,
    Off,
    Toggle,
}

struct Lights {
    grid: [[bool; 10]; 10],
}

impl Lights {
    fn apply(&self, action: &Action, from: (usize, usize), to: (usize, usize)) {
        for x in from.0..=to.0 {
            for y in from.1..=to.1 {
                self.grid[x][y] = match action {
                    Action::On => true,
                    Action::Off => false,
                    Action::Toggle => !self.grid[x][y],
                };
            }
        }
    }

    fn count(&self) -> usize {
        self.grid.iter().flatten().filter(|&&on| on).count()
    }
}

fn parse_pair(s: &str) -> (usize, usize) {
    let (a, b) = s.split_once(',').unwrap();
    (a.parse().unwrap(), b.parse().unwrap())
}

fn main() {
    let input = "turn on 0,0 through 9,9\ntoggle 0,0 through 9,0\nturn off 4,4 through 5,5";
    let mut lights = Lights { grid: [[false; 10]; 10] };
    for line in input.lines() {
        let (action, rest) = if let Some(r) = line.strip_prefix("turn on ") {
            (Action::On, r)
        } else if let Some(r) = line.strip_prefix("turn off ") {
            (Action::Off, r)
        } else {
            (Action::Toggle, line.strip_prefix("toggle ").unwrap())
        };
        let (a, b) = rest.split_once(" through ").unwrap();
        lights.apply(&action, parse_pair(a), parse_pair(b));
        println!("{} lights on", lights.count());
    }
}
