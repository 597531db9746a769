// A media player: the (state, event) match forgets Stopped + Pause
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Player {
    Stopped,
    Playing { track: u8 },
    Paused { track: u8 },
}

#[derive(Debug, Clone, Copy)]
enum Button {
    Play,
    Pause,
    Stop,
}

fn press(p: Player, b: Button) -> Player {
    match (p, b) {
        (Player::Stopped, Button::Play) => Player::Playing { track: 1 },
        (Player::Playing { track }, Button::Pause) => Player::Paused { track },
        (Player::Paused { track }, Button::Play) => Player::Playing { track },
        (Player::Playing { track }, Button::Play) => Player::Playing { track: track + 1 },
        (Player::Paused { .. }, Button::Pause) => p,
        (_, Button::Stop) => Player::Stopped,
    }
}

fn main() {
    let mut p = Player::Stopped;
    for b in [Button::Play, Button::Pause, Button::Play, Button::Play, Button::Stop] {
        p = press(p, b);
        println!("{:?} -> {:?}", b, p);
    }
}
