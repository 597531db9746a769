// The classic coin turnstile, driven by a string of events
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Turnstile {
    Locked,
    Unlocked,
}

#[derive(Debug, Default)]
struct Stats {
    coins: u32,
    passed: u32,
    blocked: u32,
    wasted: u32,
}

fn main() {
    let events = "CPPCCPPCP";
    let mut state = Turnstile::Locked;
    let mut stats = Stats::default();
    for e in events.chars() {
        state = match (state, e) {
            (Turnstile::Locked, 'C') => {
                stats.coins += 1;
                Turnstile::Unlocked
            }
            (Turnstile::Locked, 'P') => {
                stats.blocked += 1;
                Turnstile::Locked
            }
            (Turnstile::Unlocked, 'C') => {
                stats.coins += 1;
                stats.wasted += 1;
                Turnstile::Unlocked
            }
            (Turnstile::Unlocked, 'P') => {
                stats.passed += 1;
                Turnstile::Locked
            }
            (s, other) => panic!("bad event {:?} in {:?}", other, s),
        };
        print!("{}", if state == Turnstile::Locked { 'L' } else { 'U' });
    }
    println!();
    println!("{:?}", stats);
}
