// A turnstile transition table written as (state, event) pairs, with one pair missing
#[derive(Debug, Clone, Copy, PartialEq)]
enum Gate {
    Locked,
    Unlocked,
}

#[derive(Debug, Clone, Copy)]
enum Input {
    Coin,
    Push,
}

fn step(gate: Gate, input: Input) -> Gate {
    match (gate, input) {
        (Gate::Locked, Input::Coin) => Gate::Unlocked,
        (Gate::Unlocked, Input::Push) => Gate::Locked,
        (Gate::Unlocked, Input::Coin) => Gate::Unlocked,
    }
}

fn main() {
    let mut g = Gate::Locked;
    for i in [Input::Coin, Input::Push, Input::Push] {
        g = step(g, i);
        println!("{:?} -> {:?}", i, g);
    }
}
