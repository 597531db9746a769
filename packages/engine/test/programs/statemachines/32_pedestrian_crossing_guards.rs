// A pedestrian crossing: guards decide whether a button press matters
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Crossing {
    CarsGo { since: u32 },
    CarsStopping,
    WalkersGo { left: u32 },
}

#[derive(Debug, Clone, Copy)]
enum Ev {
    Tick,
    Button,
}

const MIN_GREEN: u32 = 3;

fn next(state: Crossing, ev: Ev) -> Crossing {
    match (state, ev) {
        (Crossing::CarsGo { since }, Ev::Button) if since >= MIN_GREEN => Crossing::CarsStopping,
        (Crossing::CarsGo { since }, _) => Crossing::CarsGo { since: since + 1 },
        (Crossing::CarsStopping, Ev::Tick) => Crossing::WalkersGo { left: 2 },
        (Crossing::CarsStopping, Ev::Button) => Crossing::CarsStopping,
        (Crossing::WalkersGo { left: 0 }, Ev::Tick) => Crossing::CarsGo { since: 0 },
        (Crossing::WalkersGo { left }, Ev::Tick) => Crossing::WalkersGo { left: left - 1 },
        (w @ Crossing::WalkersGo { .. }, Ev::Button) => w,
    }
}

fn main() {
    let evs = [Ev::Button, Ev::Tick, Ev::Tick, Ev::Button, Ev::Tick, Ev::Button, Ev::Tick, Ev::Tick, Ev::Tick, Ev::Button];
    let mut s = Crossing::CarsGo { since: 0 };
    for e in evs {
        let n = next(s, e);
        let mark = if n != s { "*" } else { " " };
        println!("{} {:?} + {:?} -> {:?}", mark, s, e, n);
        s = n;
    }
}
