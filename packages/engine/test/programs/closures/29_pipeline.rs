// A text-processing pipeline built from boxed closures.
type Stage = Box<dyn Fn(String) -> String>;

fn build_pipeline(censored: Vec<&'static str>) -> Vec<Stage> {
    let mut stages: Vec<Stage> = Vec::new();
    stages.push(Box::new(|s| s.trim().to_string()));
    stages.push(Box::new(|s| s.to_lowercase()));
    stages.push(Box::new(move |s| {
        let mut out = s;
        for w in &censored {
            out = out.replace(w, &"*".repeat(w.len()));
        }
        out
    }));
    stages.push(Box::new(|s| format!("<{}>", s)));
    stages
}

fn run(stages: &[Stage], input: &str) -> String {
    stages.iter().fold(input.to_string(), |acc, stage| stage(acc))
}

fn main() {
    let pipeline = build_pipeline(vec!["darn", "heck"]);
    println!("{} stages", pipeline.len());
    println!("{}", run(&pipeline, "   Well DARN it  "));
    println!("{}", run(&pipeline, "What the Heck is this"));
    println!("{}", run(&pipeline, "all good"));
}
