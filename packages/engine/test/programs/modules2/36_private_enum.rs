// The enum was left private inside its module.
mod traffic {
    #[derive(Debug)]
    enum Light {
        Red,
        Yellow,
        Green,
    }

    pub fn cycle() {
        for l in [Light::Red, Light::Green, Light::Yellow] {
            println!("{:?}", l);
        }
    }
}

fn main() {
    traffic::cycle();
    let l = traffic::Light::Red;
    println!("stopped at {:?}", l);
}
