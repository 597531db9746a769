#[derive(Debug, Clone, Copy)]
struct Duration {
    minutes: u32,
}

impl Duration {
    fn hours(&self) -> f64 {
        self.minutes as f64 / 60.0
    }
}

fn main() {
    let lecture = Duration { minutes: 90 };
    let lab = Duration { minutes: 120 };
    let total = lecture + lab;
    println!("{:?} = {:.1}h", total, total.hours());
}
