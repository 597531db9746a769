// A platformer character: each state stores what it needs
#[derive(Debug, Clone, Copy, PartialEq)]
enum Player {
    Idle,
    Running { speed: i32 },
    Jumping { height: i32, rising: bool },
    Dead,
}

#[derive(Debug, Clone, Copy)]
enum Input {
    Right,
    Jump,
    Nothing,
    HitSpike,
}

fn tick(p: Player, input: Input) -> Player {
    match (p, input) {
        (Player::Dead, _) => Player::Dead,
        (_, Input::HitSpike) => Player::Dead,
        (Player::Idle, Input::Right) => Player::Running { speed: 1 },
        (Player::Running { speed }, Input::Right) => Player::Running { speed: (speed + 1).min(3) },
        (Player::Idle, Input::Jump) | (Player::Running { .. }, Input::Jump) => {
            Player::Jumping { height: 0, rising: true }
        }
        (Player::Jumping { height, rising: true }, _) if height < 2 => {
            Player::Jumping { height: height + 1, rising: true }
        }
        (Player::Jumping { height, .. }, _) if height > 0 => {
            Player::Jumping { height: height - 1, rising: false }
        }
        (Player::Jumping { .. }, _) => Player::Idle,
        (Player::Running { .. }, Input::Nothing) => Player::Idle,
        (Player::Idle, Input::Nothing) => Player::Idle,
    }
}

fn main() {
    let inputs = [
        Input::Right, Input::Right, Input::Right, Input::Right, Input::Jump,
        Input::Nothing, Input::Nothing, Input::Nothing, Input::Nothing, Input::Nothing,
        Input::Nothing, Input::Right, Input::HitSpike, Input::Jump,
    ];
    let mut p = Player::Idle;
    for (t, i) in inputs.iter().enumerate() {
        p = tick(p, *i);
        println!("t={:>2} {:<8} {:?}", t, format!("{:?}", i), p);
    }
    println!("dead: {}", p == Player::Dead);
}
