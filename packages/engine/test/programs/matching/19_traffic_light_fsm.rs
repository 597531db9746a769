#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
    FlashingRed,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Timer,
    PowerFault,
    Reset,
}

fn next(state: Light, event: Event) -> Light {
    use Light::*;
    match (state, event) {
        (_, Event::PowerFault) => FlashingRed,
        (FlashingRed, Event::Reset) => Red,
        (FlashingRed, _) => FlashingRed,
        (Red, Event::Timer) => Green,
        (Green, Event::Timer) => Yellow,
        (Yellow, Event::Timer) => Red,
        (s, Event::Reset) => s,
    }
}

fn main() {
    let events = [
        Event::Timer,
        Event::Timer,
        Event::Reset,
        Event::Timer,
        Event::PowerFault,
        Event::Timer,
        Event::Reset,
        Event::Timer,
    ];
    let mut light = Light::Red;
    println!("start: {:?}", light);
    for ev in events {
        let new = next(light, ev);
        if new != light {
            println!("{:?} --{:?}--> {:?}", light, ev, new);
        } else {
            println!("{:?} ignores {:?}", light, ev);
        }
        light = new;
    }
}
