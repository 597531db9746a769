// where Self: Sized keeps a trait object-safe while offering by-value helpers
trait Widget {
    fn draw(&self) -> String;

    fn boxed(self) -> Box<dyn Widget>
    where
        Self: Sized + 'static,
    {
        Box::new(self)
    }

    fn with_border(self) -> Bordered<Self>
    where
        Self: Sized,
    {
        Bordered { inner: self }
    }
}

struct Label(String);
struct Bordered<W> {
    inner: W,
}

impl Widget for Label {
    fn draw(&self) -> String {
        self.0.clone()
    }
}

impl<W: Widget> Widget for Bordered<W> {
    fn draw(&self) -> String {
        format!("[{}]", self.inner.draw())
    }
}

fn main() {
    let ui: Vec<Box<dyn Widget>> = vec![
        Label(String::from("ok")).boxed(),
        Label(String::from("cancel")).with_border().boxed(),
        Label(String::from("deep")).with_border().with_border().boxed(),
    ];
    for w in &ui {
        println!("{}", w.draw());
    }
    let first: &dyn Widget = ui[0].as_ref();
    println!("first again: {}", first.draw());
}
