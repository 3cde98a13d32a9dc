package th.wastebank.server.photo;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import jakarta.inject.Singleton;

/**
 * Answers {@code Expect: 100-continue} at once. tus-java-client (through HttpURLConnection) sends
 * it with every PATCH and otherwise waits five seconds before sending the chunk; Micronaut's server
 * does not answer it by itself.
 */
@Singleton
public class ExpectContinue implements BeanCreatedEventListener<ChannelPipelineCustomizer> {
    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        ChannelPipelineCustomizer customizer = event.getBean();
        if (customizer.isServerChannel()) {
            customizer.doOnConnect(pipeline -> {
                if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                        && pipeline.get("expect-continue") == null) {
                    pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "expect-continue",
                            new HttpServerExpectContinueHandler());
                }
                return pipeline;
            });
        }
        return customizer;
    }
}
