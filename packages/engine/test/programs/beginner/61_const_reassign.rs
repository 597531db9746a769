const SPEED_LIMIT: u32 = 50;

fn main() {
    let speeds = [45, 52, 49, 61];
    for s in speeds {
        if s > SPEED_LIMIT {
            println!("{} km/h: too fast", s);
        }
    }
    SPEED_LIMIT = 60;
    println!("new limit {}", SPEED_LIMIT);
}
