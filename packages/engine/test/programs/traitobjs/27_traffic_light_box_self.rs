trait Light {
    fn next(self: Box<Self>) -> Box<dyn Light>;
    fn color(&self) -> &'static str;
    fn seconds(&self) -> u32;
}

struct Red;
struct Green;
struct Yellow;

impl Light for Red {
    fn next(self: Box<Self>) -> Box<dyn Light> { Box::new(Green) }
    fn color(&self) -> &'static str { "red" }
    fn seconds(&self) -> u32 { 30 }
}

impl Light for Green {
    fn next(self: Box<Self>) -> Box<dyn Light> { Box::new(Yellow) }
    fn color(&self) -> &'static str { "green" }
    fn seconds(&self) -> u32 { 25 }
}

impl Light for Yellow {
    fn next(self: Box<Self>) -> Box<dyn Light> { Box::new(Red) }
    fn color(&self) -> &'static str { "yellow" }
    fn seconds(&self) -> u32 { 5 }
}

fn main() {
    let mut light: Box<dyn Light> = Box::new(Red);
    let mut elapsed = 0;
    for step in 1..=7 {
        println!("step {}: {} for {}s (t={})", step, light.color(), light.seconds(), elapsed);
        elapsed += light.seconds();
        light = light.next();
    }
    println!("final: {} at t={}", light.color(), elapsed);
}
