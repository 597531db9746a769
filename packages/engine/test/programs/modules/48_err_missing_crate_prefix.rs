// expected: E0433 failed to resolve `utils` inside a child module (needs `crate::`)
mod utils {
    pub fn clamp(x: i32, lo: i32, hi: i32) -> i32 {
        if x < lo { lo } else if x > hi { hi } else { x }
    }
}

mod audio {
    pub fn set_volume(v: i32) -> i32 {
        let v = utils::clamp(v, 0, 100);
        println!("volume set to {}", v);
        v
    }
}

fn main() {
    audio::set_volume(150);
    audio::set_volume(-5);
    audio::set_volume(40);
}
